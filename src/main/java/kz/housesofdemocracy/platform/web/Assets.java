package kz.housesofdemocracy.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Addresses of the application's own static files (under {@code /resources}) carrying a digest of
 * their content, {@code /resources/css/app.css?v=3fa2c1d09b}: the address changes whenever the file
 * does, so a browser may keep each one for a year (undertow-handlers.conf says so for any address
 * with a {@code v}) and never shows a stale stylesheet after a release.
 */
@Named
@ApplicationScoped
public class Assets {

    private final Map<String, String> versions = new ConcurrentHashMap<>();

    /** The versioned address of a file under {@code /resources}, e.g. {@code css/app.css}. */
    public String url(String path) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String contextPath = faces.getExternalContext().getRequestContextPath();
        return contextPath
                + "/resources/"
                + path
                + "?v="
                + versions.computeIfAbsent(path, this::digest);
    }

    private String digest(String path) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try (InputStream in =
                faces.getExternalContext().getResourceAsStream("/resources/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no such asset: " + path);
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(in.readAllBytes());
            return HexFormat.of().formatHex(sha.digest()).substring(0, 10);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
