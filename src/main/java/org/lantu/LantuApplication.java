package org.lantu;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Lantu platform as a Spring Boot application. Its base package holds one package per capability
 * (ingest, plan, review, align, monitor, report, search, web, security, cli); see {@code
 * ModularityTests}. Commands that need no platform ({@code lantu extract}) never start it.
 */
@SpringBootApplication
public class LantuApplication {}
