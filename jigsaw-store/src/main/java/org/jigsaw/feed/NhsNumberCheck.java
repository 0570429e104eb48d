package org.jigsaw.feed;

/**
 * The NHS number modulus-11 check, applied again at the boundary: a feed keyed by NHS number must
 * never carry a number the receiving system would reject, whatever the snapshot holds.
 */
final class NhsNumberCheck {

    private NhsNumberCheck() {
    }

    /** True for 10 digits (spaces allowed), a valid check digit, and not all the same digit. */
    static boolean isValid(String value) {
        if (value == null) {
            return false;
        }
        String digits = value.replace(" ", "");
        if (digits.length() != 10 || !digits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        if (digits.chars().distinct().count() == 1) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }

    static String canonical(String value) {
        return value.replace(" ", "");
    }
}
