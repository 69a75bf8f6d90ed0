package kz.housesofdemocracy.platform.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import org.primefaces.application.exceptionhandler.PrimeExceptionHandler;

/**
 * Failures during ajax go to PrimeFaces, which shows the templates' translated dialogs; all others
 * go to the container, which forwards to the error pages under WEB-INF. (PrimeFaces alone would
 * redirect a plain request to those pages, which no browser may request.)
 */
public class AjaxExceptionHandlerFactory extends ExceptionHandlerFactory {

    public AjaxExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        ExceptionHandler standard = getWrapped().getExceptionHandler();
        ExceptionHandler prime = new PrimeExceptionHandler(standard);
        return new ExceptionHandlerWrapper(standard) {
            @Override
            public void handle() {
                FacesContext context = FacesContext.getCurrentInstance();
                if (context != null && context.getPartialViewContext().isAjaxRequest()) {
                    prime.handle();
                } else {
                    super.handle();
                }
            }
        };
    }
}
