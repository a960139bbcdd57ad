package com.touchpoint.incentive;

/** Who a statement is for, as the directory knew them when it was calculated. */
record StatementSubject(long staffId, String employeeNo, String name, String postCode, String teamCode,
                        String teamName) {
}
