package kz.housesofdemocracy.platform.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Set;

/**
 * REST writes refuse cross-site requests: a browser on another site could otherwise ride on the
 * person's session cookie. Browsers say where a request comes from (Origin, Sec-Fetch-Site); a
 * write whose origin is another site gets 403. Calls with an API token carry no ambient credential
 * and are not affected; neither are programs that send no Origin at all.
 */
@Provider
@PreMatching
public class CrossSiteGuard implements ContainerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Inject private Problems problems;

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod())) {
            return;
        }
        String authorization = request.getHeaderString("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return;
        }
        String site = request.getHeaderString("Sec-Fetch-Site");
        String origin = request.getHeaderString("Origin");
        boolean crossSite = site != null && !site.equals("same-origin") && !site.equals("none");
        if (crossSite
                || (origin != null && !sameOrigin(origin, request.getUriInfo().getRequestUri()))) {
            request.abortWith(
                    problems.of(403, "cross-site", "problem.status.403", "refusal.crossSite")
                            .toResponse());
        }
    }

    private static boolean sameOrigin(String origin, URI target) {
        try {
            URI from = URI.create(origin);
            return target.getHost() != null
                    && target.getHost().equalsIgnoreCase(from.getHost())
                    && port(target) == port(from)
                    && target.getScheme().equalsIgnoreCase(from.getScheme());
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static int port(URI uri) {
        return uri.getPort() != -1
                ? uri.getPort()
                : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
