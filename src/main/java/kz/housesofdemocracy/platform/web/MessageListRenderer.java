package kz.housesofdemocracy.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * {@code p:messages} without {@code role="alert"} on each {@code <li>}: that role takes the item
 * out of its list (axe's "list" rule, WCAG 1.3.1), and the container PrimeFaces writes around the
 * list is already a polite live region, so a message an ajax answer brings is still announced.
 */
public class MessageListRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(
            ResponseWriter writer,
            Messages messages,
            FacesMessage message,
            String severity,
            boolean escape)
            throws IOException {
        super.encodeMessage(new WithoutAlertRole(writer), messages, message, severity, escape);
    }

    private static final class WithoutAlertRole extends ResponseWriterWrapper {

        WithoutAlertRole(ResponseWriter writer) {
            super(writer);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if (!("role".equals(name) && "alert".equals(value))) {
                super.writeAttribute(name, value, property);
            }
        }
    }
}
