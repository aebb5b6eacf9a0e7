package dev.boxoffice.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.Currency;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The one currency of this box office (BOXOFFICE_CURRENCY), and amounts for pages: #{money.format(cents)}. */
@Named("money")
@ApplicationScoped
public class Money {

    @Inject
    @ConfigProperty(name = "boxoffice.currency", defaultValue = "EUR")
    String currency;

    public String currency() {
        return currency;
    }

    public String format(long cents) {
        return Currency.getInstance(currency).getSymbol(java.util.Locale.ENGLISH) + " "
                + BigDecimal.valueOf(cents, 2).toPlainString();
    }
}
