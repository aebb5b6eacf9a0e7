package dev.boxoffice.platform;

import jakarta.annotation.Priority;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.io.Serializable;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place where Faces pages turn failures into messages: the same domain exceptions the
 * API answers as problem+json appear as error messages with the same title and detail.
 */
@ShowsErrorsAsMessages
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class FacesErrorMessages implements Serializable {

    private static final Logger LOG = Logger.getLogger(FacesErrorMessages.class.getName());

    @AroundInvoke
    Object showFailures(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (RuntimeException thrown) {
            Throwable failure = thrown;
            while (failure instanceof EJBException && failure.getCause() != null) {
                failure = failure.getCause();
            }
            if (failure instanceof DomainException domain) {
                message(domain.title(), domain.getMessage());
            } else if (isLockTimeout(failure)) {
                message("Seats are busy", "Another request is changing these seats right now; try again.");
            } else {
                LOG.log(Level.SEVERE, "Unexpected failure in a page action", thrown);
                message("Something went wrong", "The action could not be completed; nothing was changed.");
            }
            return null;
        }
    }

    private static void message(String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, detail));
    }

    private static boolean isLockTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("55P03")) {
                return true;
            }
        }
        return false;
    }
}
