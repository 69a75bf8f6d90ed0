package kz.housesofdemocracy.accounts.control;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * In the test deployment only: the integration server runs with a brake nobody reaches (other tests
 * fail sign-ins on purpose, all from 127.0.0.1). {@code it/throttle?freeFailures=10} gives the
 * brake its production strength and forgets every count; {@code it/throttle} puts the server's
 * setting back, again forgetting every count, so that no other test finds its address braked.
 */
@WebServlet("/it/throttle")
public class ThrottleProbe extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject private transient SignInThrottle throttle;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String wanted = request.getParameter("freeFailures");
        int free = wanted == null ? SignInThrottle.FREE_FAILURES : Integer.parseInt(wanted);
        throttle.reset(free);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(Integer.toString(free));
    }
}
