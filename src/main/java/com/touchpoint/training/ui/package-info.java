/**
 * Training screens. The assign dialog and its item gaps are shared with the member page, which assigns
 * training for a weak item without leaving the person.
 */
@org.springframework.modulith.NamedInterface("ui")
package com.touchpoint.training.ui;
