package com.touchpoint.staff;

import java.math.BigDecimal;
import java.util.Locale;

/** A post (岗位) and its index target. */
public record PostDetails(String code, String nameZh, String nameEn, BigDecimal indexTarget) {

    static PostDetails of(Post p) {
        return new PostDetails(p.getCode(), p.getNameZh(), p.getNameEn(), p.getIndexTarget());
    }

    public String name(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
