/**
 * A team member's page for those who coach them: scores, weak items, training and kudos received in one
 * place, with training assigned from a weak item. It only reads the other features through their services.
 */
package com.touchpoint.member;
