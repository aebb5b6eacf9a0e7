package dev.boxoffice.show.control;

import dev.boxoffice.show.entity.LayoutState;
import dev.boxoffice.show.entity.SeatChange;
import dev.boxoffice.show.entity.SeatFeedStatus;
import dev.boxoffice.show.entity.SeatPlace;
import dev.boxoffice.show.entity.ShowChanged;
import dev.boxoffice.show.entity.TakenSeat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What this instance knows of each show's layout: its seat geometry (which never changes for a
 * show) and its live state (header and taken seats), read once and then kept until the change
 * feed says the show changed, the feed stops listening, or the first hold in it runs out. So a
 * read normally costs no SQL, and a change made on any instance is seen as soon as its NOTIFY
 * arrives. A state read while a change arrived is not kept (per-show versions).
 */
@ApplicationScoped
public class ShowLayouts {

    private static final int MAX_SHOWS = 256;

    private record Cached(LayoutState state, Instant validUntil) {
    }

    @Inject
    LayoutReads reads;
    @Inject
    Clock clock;

    private final Map<Long, List<SeatPlace>> places = new ConcurrentHashMap<>();
    private final Map<Long, Cached> states = new ConcurrentHashMap<>();
    private final Map<Long, Long> versions = new ConcurrentHashMap<>();
    private final AtomicLong epoch = new AtomicLong();
    private volatile boolean listening;

    /** The seats of a show in grid order, read once. */
    public List<SeatPlace> places(long showId) {
        List<SeatPlace> known = places.get(showId);
        if (known == null) {
            if (places.size() >= MAX_SHOWS) {
                places.clear();
            }
            known = List.copyOf(reads.places(showId));
            places.put(showId, known);
        }
        return known;
    }

    /** Header and taken seats of any show, drafts included, as committed now. */
    public LayoutState state(long showId) {
        Optional<LayoutState> known = cached(showId);
        if (known.isPresent()) {
            return known.get();
        }
        long epochBefore = epoch.get();
        long versionBefore = versions.getOrDefault(showId, 0L);
        LayoutState fresh = reads.stateIncludingDrafts(showId);
        if (listening) {
            if (states.size() >= MAX_SHOWS) {
                states.clear();
            }
            Cached entry = new Cached(fresh, validUntil(fresh));
            // kept only if no change of the show arrived since the read began (see changed: version first, then removal)
            states.compute(showId, (id, old) -> epoch.get() == epochBefore
                    && versions.getOrDefault(id, 0L) == versionBefore ? entry : old);
        }
        return fresh;
    }

    /** The state if this instance knows it without asking the database. */
    public Optional<LayoutState> cached(long showId) {
        Cached entry = states.get(showId);
        if (entry == null || !listening || !clock.instant().isBefore(entry.validUntil())) {
            return Optional.empty();
        }
        return Optional.of(entry.state());
    }

    void seatsChanged(@Observes SeatChange change) {
        if (change.isResync()) {
            forgetAll();
        } else {
            forget(change.showId());
        }
    }

    void showChanged(@Observes ShowChanged change) {
        forget(change.showId());
    }

    void feed(@Observes SeatFeedStatus status) {
        listening = status.listening();
        forgetAll();
    }

    /** The show changed in a transaction of this instance that has just committed. */
    public void changed(long showId) {
        forget(showId);
    }

    private void forget(long showId) {
        versions.merge(showId, 1L, Long::sum);
        states.remove(showId);
    }

    private void forgetAll() {
        epoch.incrementAndGet();
        states.clear();
    }

    /** A held seat stops being taken when its hold runs out, without any notice: the state is good until the first such moment. */
    private static Instant validUntil(LayoutState state) {
        return state.taken().stream().map(TakenSeat::heldUntil).filter(until -> until != null)
                .min(Instant::compareTo).orElse(Instant.MAX);
    }
}
