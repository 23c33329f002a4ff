package se.delbart;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class DelbartApplication {

    public static void main(String[] args) {
        SpringApplication.run(DelbartApplication.class, args);
    }
}
