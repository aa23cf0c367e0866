package org.lantu.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules for new passwords (等保 2.0: length and complexity): at least {@value #MIN_LENGTH} characters,
 * characters of at least three of the four classes (lower-case letters, upper-case letters, digits,
 * others such as punctuation or Chinese characters), not containing the user name, and at most {@value
 * #MAX_BYTES} bytes in UTF-8 (bcrypt reads no further). Messages are Chinese first, then English.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;
    public static final int GENERATED_LENGTH = 24;

    /** Letters and digits that cannot be mistaken for each other (no 0/O, 1/l/I); shell- and URL-safe. */
    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";

    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {}

    /** Why the password may not be used, or empty when it may. */
    public static Optional<String> check(String password, String username) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(String.format(
                    "密码太短：至少 %d 个字符（现为 %d 个）。The password is too short: at least %d characters (it has %d).",
                    MIN_LENGTH, length, MIN_LENGTH, length));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(String.format(
                    "密码太长：最多 %d 字节（约 %d 个汉字）。The password is too long: at most %d bytes in UTF-8.",
                    MAX_BYTES, MAX_BYTES / 3, MAX_BYTES));
        }
        if (classes(password) < 3) {
            return Optional.of("密码须包含小写字母、大写字母、数字、其他字符（符号、汉字等）四类中的至少三类。"
                    + "The password needs characters of at least three of these four kinds: lower-case letters,"
                    + " upper-case letters, digits, others (punctuation, Chinese characters …).");
        }
        String name = username.strip().toLowerCase(Locale.ROOT);
        if (name.length() >= 3 && password.toLowerCase(Locale.ROOT).contains(name)) {
            return Optional.of("密码不得包含用户名。The password must not contain the user name.");
        }
        return Optional.empty();
    }

    /** How many of the four character classes the password uses. */
    static int classes(String password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); ) {
            int c = password.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else if (!Character.isWhitespace(c) && !Character.isISOControl(c)) {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    /**
     * A new random password of {@value #GENERATED_LENGTH} letters and digits (about 140 bits), with each of
     * lower-case, upper-case and digit present, so that it passes {@link #check}.
     */
    public static String generate() {
        String all = LOWER + UPPER + DIGITS;
        List<Character> chars = new ArrayList<>();
        chars.add(LOWER.charAt(RANDOM.nextInt(LOWER.length())));
        chars.add(UPPER.charAt(RANDOM.nextInt(UPPER.length())));
        chars.add(DIGITS.charAt(RANDOM.nextInt(DIGITS.length())));
        while (chars.size() < GENERATED_LENGTH) {
            chars.add(all.charAt(RANDOM.nextInt(all.length())));
        }
        Collections.shuffle(chars, RANDOM);
        StringBuilder sb = new StringBuilder();
        chars.forEach(sb::append);
        return sb.toString();
    }
}
