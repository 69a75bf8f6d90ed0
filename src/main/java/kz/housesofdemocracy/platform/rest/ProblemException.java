package kz.housesofdemocracy.platform.rest;

/**
 * Thrown by a resource to answer with a problem body: the status, a stable type, and bundle keys
 * for the title and detail so the caller reads them in their language.
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String type;
    private final String titleKey;
    private final String detailKey;
    private final transient Object[] arguments;

    public ProblemException(
            int status, String type, String titleKey, String detailKey, Object... arguments) {
        super(type, null, false, false);
        this.status = status;
        this.type = type;
        this.titleKey = titleKey;
        this.detailKey = detailKey;
        this.arguments = arguments;
    }

    public static ProblemException notFound(String detailKey, Object... arguments) {
        return new ProblemException(
                404, "not-found", "problem.notFound.title", detailKey, arguments);
    }

    Problem toProblem(Problems problems) {
        return problems.of(status, type, titleKey, detailKey, arguments);
    }
}
