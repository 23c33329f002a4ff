package se.delbart.access;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Mails the applicant the link to set a password, when mail is configured ({@code spring.mail.host}: Boot then makes
 * the {@link JavaMailSender}). Never throws: without mail, or when sending fails, the administrator hands the link over.
 */
@Component
public class AccessMail {

    private static final Logger log = LoggerFactory.getLogger(AccessMail.class);
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final AccessProperties properties;

    AccessMail(ObjectProvider<JavaMailSender> mail, MessageSource messages, AccessProperties properties) {
        this.mail = mail;
        this.messages = messages;
        this.properties = properties;
    }

    public boolean configured() {
        return mail.getIfAvailable() != null;
    }

    /** Whether the mail with {@code link} went out. */
    public boolean sendSetupLink(AccessRequestService.Approval approval, String link) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return false;
        }
        try {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(properties.mailFrom());
            message.setTo(approval.account().email());
            message.setSubject(messages.getMessage("access.mail.subject", null, SWEDISH));
            message.setText(messages.getMessage("access.mail.body",
                    new Object[] { approval.account().displayName(), approval.account().username(), link }, SWEDISH));
            sender.send(message);
            return true;
        }
        catch (RuntimeException e) {
            log.warn("The password link for account {} could not be mailed: {}", approval.account().username(),
                    e.toString());
            return false;
        }
    }
}
