package dev.boxoffice.venue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
public class Hall {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "venue_id")
    private Long venueId;
    private String name;

    protected Hall() {
    }

    public Hall(Long venueId, String name) {
        this.venueId = venueId;
        this.name = name;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public Long id() {
        return id;
    }

    public Long venueId() {
        return venueId;
    }

    public String name() {
        return name;
    }
}
