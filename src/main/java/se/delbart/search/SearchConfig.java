package se.delbart.search;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the periodic repair of the index ({@link IndexRepair}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SearchConfig {
}
