/**
 * The coaching dashboard (教练看板): one home per role the user holds. It owns no data; every figure is read
 * through the owning feature's public service, which applies its own access rule.
 */
package com.touchpoint.dashboard;
