package dev.regintel.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class RegintelApplication {
  public static void main(String[] args) {
    SpringApplication.run(RegintelApplication.class, args);
  }
}
