package io.muster;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Muster, the account service that brings whole classes and staff lists into the platform at once.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MusterApplication {

	public static void main(String[] args) {
		SpringApplication.run(MusterApplication.class, args);
	}

}
