package kz.housesofdemocracy.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.ArrayList;
import org.primefaces.renderkit.HeadRenderer;

/**
 * The head of a page a visitor only reads (a stateless view: it keeps no state and uses no
 * PrimeFaces widget) carries only what the page itself asked for: PrimeFaces' head would add its
 * theme and icon stylesheets and a settings script to every page whether any component needs them
 * or not. Every other page gets PrimeFaces' head unchanged.
 */
public class PageHeadRenderer extends HeadRenderer {

    @Override
    public void encodeBegin(FacesContext context, UIComponent component) throws IOException {
        if (!context.getViewRoot().isTransient()) {
            super.encodeBegin(context, component);
            return;
        }
        ResponseWriter writer = context.getResponseWriter();
        writer.startElement("head", component);
        for (String facet : new String[] {"first", "middle"}) {
            UIComponent content = component.getFacet(facet);
            if (content != null) {
                content.encodeAll(context);
            }
        }
        for (UIComponent resource :
                new ArrayList<>(context.getViewRoot().getComponentResources(context, "head"))) {
            resource.encodeAll(context);
        }
    }
}
