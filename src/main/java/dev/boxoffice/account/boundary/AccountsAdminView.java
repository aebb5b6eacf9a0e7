package dev.boxoffice.account.boundary;

import dev.boxoffice.account.control.Administrators;
import dev.boxoffice.account.entity.AccountSummary;
import dev.boxoffice.platform.ShowsErrorsAsMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** admin/accounts.xhtml: accounts, their roles and locks; grant or revoke the admin role. */
@Named
@ViewScoped
public class AccountsAdminView implements Serializable {

    @Inject
    Administrators administrators;

    private transient List<AccountSummary> accounts;

    @ShowsErrorsAsMessages
    public void grant(String username) {
        administrators.grant(username);
        done(username + " is now an administrator");
    }

    @ShowsErrorsAsMessages
    public void revoke(String username) {
        administrators.revoke(username);
        done(username + " is no longer an administrator");
    }

    public List<AccountSummary> getAccounts() {
        if (accounts == null) {
            accounts = administrators.accounts();
        }
        return accounts;
    }

    private void done(String summary) {
        accounts = null;
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, ""));
    }
}
