package com.touchpoint.incentive;

/** How a calculation run went (API.md). */
public enum RunStatus {
    RUNNING, SUCCEEDED, FAILED
}
