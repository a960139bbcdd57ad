package com.touchpoint.recognition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** Points and a message one staff member gives a colleague for a value they showed; a supervisor may hide it. */
@Entity
@Table(name = "recognition_kudos")
class Kudos {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "giver_id", nullable = false)
    private long giverId;

    @Column(name = "receiver_id", nullable = false)
    private long receiverId;

    @Column(name = "value_code", nullable = false)
    private String valueCode;

    @Column(nullable = false)
    private String message;

    @Column(nullable = false)
    private int points;

    @Column(name = "kudos_month", nullable = false)
    private String month;

    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;

    @Column(name = "given_at", nullable = false)
    private Instant givenAt;

    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Column(name = "hidden_by")
    private String hiddenBy;

    @Column(name = "hidden_reason")
    private String hiddenReason;

    protected Kudos() {
    }

    Kudos(long giverId, long receiverId, String valueCode, String message, int points, LocalDate givenOn,
          Instant givenAt) {
        this.giverId = giverId;
        this.receiverId = receiverId;
        this.valueCode = valueCode;
        this.message = message;
        this.points = points;
        this.givenOn = givenOn;
        this.month = java.time.YearMonth.from(givenOn).toString();
        this.givenAt = givenAt;
    }

    void hide(String by, String reason, Instant when) {
        hiddenBy = by;
        hiddenReason = reason;
        hiddenAt = when;
    }

    boolean isHidden() {
        return hiddenAt != null;
    }

    Long getId() {
        return id;
    }

    long getGiverId() {
        return giverId;
    }

    long getReceiverId() {
        return receiverId;
    }

    String getValueCode() {
        return valueCode;
    }

    String getMessage() {
        return message;
    }

    int getPoints() {
        return points;
    }

    String getMonth() {
        return month;
    }

    LocalDate getGivenOn() {
        return givenOn;
    }

    Instant getGivenAt() {
        return givenAt;
    }

    Instant getHiddenAt() {
        return hiddenAt;
    }

    String getHiddenBy() {
        return hiddenBy;
    }

    String getHiddenReason() {
        return hiddenReason;
    }
}
