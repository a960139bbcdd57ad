package com.touchpoint.training;

import java.util.Set;

/** The post and questionnaire item codes a module may name, taken from the running system. */
record ContentVocabulary(Set<String> posts, Set<String> items) {
}
