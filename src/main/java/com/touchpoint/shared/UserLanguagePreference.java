package com.touchpoint.shared;

import java.util.Locale;
import java.util.Optional;

/** Remembers the UI language a signed-in user chose. Implemented by the staff feature. */
public interface UserLanguagePreference {

    Optional<Locale> currentUsersLanguage();

    void rememberForCurrentUser(Locale locale);
}
