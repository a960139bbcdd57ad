package com.touchpoint.incentive;

/** One active staff member with the inputs the source features reported for them. */
record SourceRow(StatementSubject subject, IncentiveInputs inputs) {
}
