package se.delbart.security;

import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.delbart.shared.Role;

/**
 * Makes sure a fresh installation can be administered: when no ADMIN exists, creates {@code admin} with
 * {@code delbart.security.admin-password}, or with a random password that is logged once. Runs after seeders.
 */
@Component
@Order(100)
class FirstAdmin implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final AccountService accounts;
    private final SecurityProperties properties;

    FirstAdmin(AccountService accounts, SecurityProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.adminExists()) {
            return;
        }
        if (accounts.existsByUsername(USERNAME)) {
            log.warn("There is no administrator, and the username '{}' is taken by an account that is not one. "
                    + "Give an account the ADMIN role in the database.", USERNAME);
            return;
        }
        boolean generated = !properties.hasAdminPassword();
        String password = generated ? randomPassword() : properties.adminPassword();
        accounts.createUser(USERNAME, "Administratör", null, password, Role.ADMIN, null);
        if (generated) {
            log.warn("""

                    ************************************************************************
                    Created the first administrator. Log in as '{}' with the password
                        {}
                    This password is shown only now. Change it, or set DELBART_ADMIN_PASSWORD.
                    ************************************************************************""", USERNAME, password);
        }
        else {
            log.info("Created the first administrator '{}' with the password from DELBART_ADMIN_PASSWORD", USERNAME);
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
