package kz.housesofdemocracy.platform.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.csp.CspPhaseListener;

/**
 * Starts PrimeFaces' Content-Security-Policy (its nonce and header) once the view is built rather
 * than before: PrimeFaces' own phase listener does it before the render phase builds the view, when
 * a stateless page does not yet know it is stateless, and keeps the nonce in a view map, which
 * makes a session for every visitor of a light page. Here the state is marked as started after the
 * view is restored (so PrimeFaces' listener passes), and started for real just before the view is
 * rendered, when {@code transient} is known. Registered in WEB-INF/csp-faces-config.xml.
 */
public class PageNonce implements PhaseListener, SystemEventListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {}

    @Override
    public void afterPhase(PhaseEvent event) {
        PrimeFacesContext.getCspState(event.getFacesContext()).setInitialized(true);
    }

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) throws AbortProcessingException {
        FacesContext context = FacesContext.getCurrentInstance();
        PrimeFacesContext.getCspState(context).setInitialized(false);
        CspPhaseListener.initCsp(context, true, false, null, SecurityHeaders.PAGE_POLICY);
    }
}
