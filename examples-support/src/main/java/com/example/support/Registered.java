package com.example.support;

import java.util.Map;

/**
 * One resource the program registered: its type token, name and inputs.
 *
 * @param type   type token, such as {@code aws:ecr/repository:Repository}
 * @param name   resource name
 * @param inputs inputs as the mock engine received them
 */
public record Registered(String type, String name, Map<String, Object> inputs) {
}
