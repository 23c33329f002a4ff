package se.delbart.access;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the access requests ({@code delbart.access.*}).
 *
 * @param retention how long a decided (approved or rejected) request is kept after the decision
 * @param pendingRetention how long an undecided request is kept
 * @param perAddress requests one client address may send per {@code addressWindow}
 * @param perEmail requests one e-mail address may be named in per {@code emailWindow}
 * @param mailFrom sender of the mail with the link to set a password (sent only when {@code spring.mail.host} is set)
 */
@ConfigurationProperties(prefix = "delbart.access")
record AccessProperties(@DefaultValue("P30D") Duration retention, @DefaultValue("P90D") Duration pendingRetention,
        @DefaultValue("5") int perAddress, @DefaultValue("PT1H") Duration addressWindow,
        @DefaultValue("3") int perEmail, @DefaultValue("P1D") Duration emailWindow,
        @DefaultValue("delbart@localhost") String mailFrom) {

    FixedWindow addressLimit() {
        return new FixedWindow(perAddress, addressWindow);
    }

    FixedWindow emailLimit() {
        return new FixedWindow(perEmail, emailWindow);
    }
}
