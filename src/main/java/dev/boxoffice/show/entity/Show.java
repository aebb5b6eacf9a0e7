package dev.boxoffice.show.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A title in a hall at a time. Its seat inventory lives in {@link ShowSeat}. */
@Entity
public class Show {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "hall_id")
    private Long hallId;
    private String title;
    @Column(name = "starts_at")
    private Instant startsAt;
    @Column(name = "ends_at")
    private Instant endsAt;
    @Enumerated(EnumType.STRING)
    private ShowStatus status;

    protected Show() {
    }

    public Show(Long hallId, String title, Instant startsAt, Instant endsAt, ShowStatus status) {
        this.hallId = hallId;
        this.title = title;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.status = status;
    }

    public void publish() {
        if (status == ShowStatus.DRAFT) {
            status = ShowStatus.PUBLISHED;
        }
    }

    public void cancel() {
        status = ShowStatus.CANCELLED;
    }

    public ShowStatus status() {
        return status;
    }

    public Long id() {
        return id;
    }

    public Long hallId() {
        return hallId;
    }

    public String title() {
        return title;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }
}
