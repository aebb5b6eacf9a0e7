package dev.boxoffice.platform;

import jakarta.annotation.Priority;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.io.Serializable;
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
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    @AroundInvoke
    Object showFailures(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (RuntimeException thrown) {
            Throwable failure = Failures.unwrapEjb(thrown);
            if (failure instanceof DomainException domain) {
                message(domain.title(), domain.getMessage());
            } else if (Failures.isDatabaseUnavailable(failure)) {
                message(Problem.DATABASE_UNAVAILABLE_TITLE, Problem.DATABASE_UNAVAILABLE_DETAIL);
            } else if (Failures.sqlState(failure).filter(LOCK_NOT_AVAILABLE::equals).isPresent()) {
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
}
