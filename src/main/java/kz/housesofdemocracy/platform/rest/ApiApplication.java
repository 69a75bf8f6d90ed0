package kz.housesofdemocracy.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * Every REST resource lives under /api; the server publishes their OpenAPI document at /openapi.
 */
@ApplicationPath("/api")
public class ApiApplication extends Application {}
