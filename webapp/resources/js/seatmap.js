/*
 * The seat map: a client-side grid of buttons drawn from the compact seat data the view
 * renders (see SeatMapData), updated seat by seat from Faces push messages. Selection is
 * local; Hold / Book / Release are Faces actions that reload the data.
 */
window.BoxOffice = window.BoxOffice || {};
BoxOffice.seatMap = (function () {
    'use strict';
    var LABELS = {a: 'available', h: 'held by someone else', m: 'in your hold', b: 'booked'};
    var container, clockOffset = 0, loggedIn = false, pushOpenedBefore = false;
    var seats = new Map();          // id -> {id,row,number,gridRow,gridCol,category,state,lockedUntil,button}
    var byPosition = new Map();     // "gridRow:gridCol" -> seat
    var selected = new Set();
    var expiryTimers = new Map();
    var countdownTimer = null;

    function now() { return Date.now() + clockOffset; }

    function readData() {
        var holder = document.getElementById('actions:seat-data');
        return JSON.parse(holder ? holder.textContent : '[]');
    }

    function toSeat(row) {
        return {id: row[0], row: row[1], number: row[2], gridRow: row[3], gridCol: row[4],
            category: row[5], state: row[6], lockedUntil: row[7]};
    }

    function start() {
        container = document.getElementById('seat-map');
        clockOffset = Number(container.dataset.serverNow) - Date.now();
        loggedIn = container.dataset.loggedIn === 'true';
        render(readData().map(toSeat));
        container.addEventListener('click', onClick);
        container.addEventListener('keydown', onKey);
        startCountdown();
        updateSelectionText();
        container.dataset.ready = 'true';
        BoxOffice.mapReadyAt = performance.now();
    }

    function render(list) {
        var fragment = document.createDocumentFragment();
        BoxOffice.grid.frame(container, list, fragment);
        var first = true;
        list.forEach(function (seat) {
            var button = document.createElement('button');
            button.type = 'button';
            button.className = 'seat';
            button.id = 'seat-' + seat.id;
            button.dataset.id = seat.id;
            button.style.gridRow = String(seat.gridRow + 1);
            button.style.gridColumn = String(seat.gridCol + 2);
            button.textContent = seat.number;
            button.tabIndex = first ? 0 : -1;
            first = false;
            seat.button = button;
            seats.set(seat.id, seat);
            byPosition.set(seat.gridRow + ':' + seat.gridCol, seat);
            paint(seat);
            scheduleExpiry(seat);
            fragment.appendChild(button);
        });
        container.appendChild(fragment);
    }

    function paint(seat) {
        var b = seat.button, isSelected = selected.has(seat.id);
        b.className = 'seat s-' + seat.state + ' c-' + seat.category + (isSelected ? ' selected' : '');
        b.dataset.state = seat.state;
        var label = 'Row ' + seat.row + ', seat ' + seat.number + ', ' + LABELS[seat.state]
            + (seat.category !== 'standard' ? ', ' + seat.category : '') + (isSelected ? ', selected' : '');
        b.setAttribute('aria-label', label);
        b.title = label;
        b.setAttribute('aria-pressed', isSelected ? 'true' : 'false');
        b.setAttribute('aria-disabled', seat.state === 'a' && loggedIn ? 'false' : 'true');
    }

    function setState(seat, state, lockedUntil) {
        if (seat.state === state && seat.lockedUntil === lockedUntil) { return; }
        seat.state = state;
        seat.lockedUntil = lockedUntil;
        if (state !== 'a' && selected.delete(seat.id)) { writeSelection(); }
        paint(seat);
        scheduleExpiry(seat);
    }

    /* A hold frees its seats the instant it expires: flip them here, without waiting for the server. */
    function scheduleExpiry(seat) {
        clearTimeout(expiryTimers.get(seat.id));
        expiryTimers.delete(seat.id);
        if ((seat.state === 'h' || seat.state === 'm') && seat.lockedUntil) {
            var until = seat.lockedUntil;
            expiryTimers.set(seat.id, setTimeout(function () {
                if (seat.lockedUntil === until && (seat.state === 'h' || seat.state === 'm')) {
                    setState(seat, 'a', null);
                }
            }, Math.max(0, until - now())));
        }
    }

    function toggle(seat) {
        if (seat.state !== 'a' || !loggedIn) { return; }
        if (selected.has(seat.id)) { selected.delete(seat.id); } else { selected.add(seat.id); }
        paint(seat);
        writeSelection();
    }

    function writeSelection() {
        var field = document.getElementById('actions:selection');
        if (field) { field.value = Array.from(selected).join(','); }
        updateSelectionText();
    }

    function updateSelectionText() {
        var text = document.getElementById('selected-count');
        if (!text) { return; }
        if (selected.size === 0) { text.textContent = 'No seats selected.'; return; }
        var names = Array.from(selected).map(function (id) { var s = seats.get(id); return s.row + '-' + s.number; });
        text.textContent = 'Selected ' + selected.size + ' seat(s): ' + names.join(', ');
    }

    function onClick(event) {
        var button = event.target.closest('button.seat');
        if (button) { toggle(seats.get(Number(button.dataset.id))); }
    }

    function onKey(event) {
        var button = event.target.closest('button.seat');
        if (!button) { return; }
        var seat = seats.get(Number(button.dataset.id));
        var moves = {ArrowLeft: [0, -1], ArrowRight: [0, 1], ArrowUp: [-1, 0], ArrowDown: [1, 0]};
        var move = moves[event.key];
        if (!move) { return; }
        event.preventDefault();
        for (var step = 1; step < 500; step++) {
            var next = byPosition.get((seat.gridRow + move[0] * step) + ':' + (seat.gridCol + move[1] * step));
            if (next) {
                button.tabIndex = -1;
                next.button.tabIndex = 0;
                next.button.focus();
                return;
            }
        }
    }

    /* After a Faces action: take the fresh data, repaint only seats that changed. */
    function reload() {
        readData().map(toSeat).forEach(function (fresh) {
            var seat = seats.get(fresh.id);
            if (seat) { setState(seat, fresh.state, fresh.lockedUntil); }
        });
        selected.forEach(function (id) { if (seats.get(id).state !== 'a') { selected.delete(id); } });
        writeSelection();
        startCountdown();
    }

    /* A change from any instance: {show_id, status, seat_ids, locked_until}. */
    function onPush(message) {
        var change = typeof message === 'string' ? JSON.parse(message) : message;
        var lockedUntil = change.locked_until ? Date.parse(change.locked_until) : null;
        change.seat_ids.forEach(function (id) {
            var seat = seats.get(id);
            if (!seat) { return; }
            if (change.status === 'held') {
                setState(seat, seat.state === 'm' ? 'm' : 'h', lockedUntil);
            } else {
                setState(seat, change.status === 'booked' ? 'b' : 'a', null);
            }
        });
    }

    /* On a reconnect, changes may have been missed: reload the whole map once. */
    function onPushOpen() {
        if (pushOpenedBefore && window.refreshSeatMap) { window.refreshSeatMap(); }
        pushOpenedBefore = true;
    }

    function startCountdown() {
        clearInterval(countdownTimer);
        var info = document.getElementById('actions:hold-info');
        var display = document.getElementById('countdown');
        if (!info || !display) { return; }
        var expires = Number(info.dataset.expires);
        function tick() {
            var left = Math.max(0, Math.ceil((expires - now()) / 1000));
            display.textContent = Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0');
            if (left === 0) {
                clearInterval(countdownTimer);
                display.textContent = 'expired';
                info.classList.add('bo-expired');
            }
        }
        tick();
        countdownTimer = setInterval(tick, 250);
    }

    return {start: start, reload: reload, onPush: onPush, onPushOpen: onPushOpen};
})();
