package org.sequestra.registry;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class AssetRegistryApplication {

  public static void main(String[] args) {
    SpringApplication.run(AssetRegistryApplication.class, args);
  }
}
