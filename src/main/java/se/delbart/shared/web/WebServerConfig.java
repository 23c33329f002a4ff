package se.delbart.shared.web;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tomcat settings that Boot has no property for. */
@Configuration(proxyBeanMethods = false)
class WebServerConfig {

    /**
     * "100 Continue" only when the application reads the body: a client that sends {@code Expect: 100-continue} with a
     * body over the limit gets the 413 from {@link RequestBodyLimitFilter} without sending the body at all.
     */
    @Bean
    TomcatConnectorCustomizer continueOnlyWhenRead() {
        return connector -> connector.setProperty("continueResponseTiming", "onRead");
    }
}
