package com.touchpoint.staff;

import com.touchpoint.shared.TranslationProvider;
import com.touchpoint.shared.UserLanguagePreference;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Locale;
import java.util.Optional;

/** Keeps each user's chosen UI language on their account. */
@Component
class AccountLanguagePreference implements UserLanguagePreference {

    private final CurrentUser user;
    private final UserAccountRepository accounts;

    AccountLanguagePreference(CurrentUser user, UserAccountRepository accounts) {
        this.user = user;
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Locale> currentUsersLanguage() {
        return user.account().flatMap(UserAccount::getPreferredLanguage).map(Locale::forLanguageTag)
                .map(TranslationProvider::supported);
    }

    @Override
    @Transactional
    public void rememberForCurrentUser(Locale locale) {
        user.username().flatMap(accounts::findByUsername)
                .ifPresent(a -> a.setPreferredLanguage(TranslationProvider.supported(locale).toLanguageTag()));
    }
}
