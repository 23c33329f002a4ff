package se.delbart.contact;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import se.delbart.adoption.AdoptionChanged;
import se.delbart.catalog.Contact;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.municipality.Municipalities;

/**
 * Mails the solution's named contacts when a municipality becomes interested, only when SMTP is configured
 * ({@code spring.mail.host}). It runs after the interest is committed and never throws: a mail failure is logged and
 * the interest (and its in-app notification) stands.
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
class InterestMail {

    private static final Logger log = LoggerFactory.getLogger(InterestMail.class);
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final JavaMailSender mail;
    private final SolutionCatalog catalog;
    private final Municipalities municipalities;
    private final MessageSource messages;
    private final ContactProperties properties;

    InterestMail(JavaMailSender mail, SolutionCatalog catalog, Municipalities municipalities, MessageSource messages,
            ContactProperties properties) {
        this.mail = mail;
        this.catalog = catalog;
        this.municipalities = municipalities;
        this.messages = messages;
        this.properties = properties;
    }

    /** Called by {@link InterestNotifier} when it notifies the inbox (so at most once a day per municipality). */
    void send(AdoptionChanged event) {
        try {
            catalog.findPublished(event.solutionId()).ifPresent(solution -> {
                List<String> to = solution.details().contacts().stream().map(Contact::email)
                        .filter(e -> e != null && !e.isBlank()).toList();
                if (to.isEmpty()) {
                    return;
                }
                String who = municipalities.findById(event.municipalityCode()).map(m -> m.name())
                        .orElse(event.municipalityCode());
                String link = properties.baseUrl().resolve("/losningar/" + solution.id() + "/kontakt/"
                        + event.municipalityCode()).toString();
                SimpleMailMessage message = new SimpleMailMessage();
                message.setFrom(properties.mailFrom());
                message.setTo(to.toArray(String[]::new));
                message.setSubject(messages.getMessage("contact.mail.subject", new Object[] { who, solution.name() }, SWEDISH));
                message.setText(messages.getMessage("contact.mail.body", new Object[] { who, solution.name(), link }, SWEDISH));
                mail.send(message);
            });
        } catch (RuntimeException e) {
            log.warn("Interest e-mail for solution {} could not be sent: {}", event.solutionId(), e.toString());
        }
    }
}
