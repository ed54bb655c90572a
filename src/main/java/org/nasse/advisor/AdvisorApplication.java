package org.nasse.advisor;

import org.nasse.advisor.knowledge.KnowledgePreload;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.shell.command.annotation.CommandScan;

/** One jar, two faces: no arguments opens the shell, arguments run one command and exit. */
@SpringBootApplication
@CommandScan
public class AdvisorApplication {
    public static void main(String[] args) {
        KnowledgePreload.start();
        SpringApplication.run(AdvisorApplication.class, args);
    }
}
