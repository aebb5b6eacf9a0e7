/* Seat grids: the frame (columns, row labels) shared with the seat map, and the read-only grids of
   the admin pages (layout preview, occupancy heat map). */
window.BoxOffice = window.BoxOffice || {};
BoxOffice.grid = (function () {
    'use strict';

    /* Sizes the grid to the seats and draws the row labels into the fragment (column 1). */
    function frame(container, seats, fragment) {
        var columns = 0, rowLabels = new Map();
        seats.forEach(function (s) {
            columns = Math.max(columns, s.gridCol + 1);
            if (!rowLabels.has(s.gridRow)) { rowLabels.set(s.gridRow, s.row); }
        });
        container.style.gridTemplateColumns = 'var(--bo-label) repeat(' + columns + ', var(--bo-seat))';
        rowLabels.forEach(function (label, gridRow) {
            var cell = document.createElement('span');
            cell.className = 'row-label';
            cell.setAttribute('aria-hidden', 'true');
            cell.style.gridRow = String(gridRow + 1);
            cell.style.gridColumn = '1';
            cell.textContent = label;
            fragment.appendChild(cell);
        });
    }

    /* seats: [{key, row, number, gridRow, gridCol, className, title}]; onPick(key) is called on click. */
    function draw(container, seats, onPick) {
        container.textContent = '';
        var fragment = document.createDocumentFragment();
        frame(container, seats, fragment);
        seats.forEach(function (s) {
            var b = document.createElement('button');
            b.type = 'button';
            b.className = 'seat ' + s.className;
            b.style.gridRow = String(s.gridRow + 1);
            b.style.gridColumn = String(s.gridCol + 2);
            b.textContent = s.number;
            b.title = s.title;
            b.setAttribute('aria-label', s.title);
            b.dataset.key = s.key;
            if (onPick) { b.addEventListener('click', function () { onPick(s.key); }); }
            fragment.appendChild(b);
        });
        container.appendChild(fragment);
        container.dataset.seats = String(seats.length);
    }

    /* Layout preview data: [row, number, gridRow, gridCol, category]. */
    function drawLayout(containerId, dataId) {
        var rows = JSON.parse(document.getElementById(dataId).textContent || '[]');
        draw(document.getElementById(containerId), rows.map(function (r, i) {
            return {key: i, row: r[0], number: r[1], gridRow: r[2], gridCol: r[3], className: 's-a c-' + r[4],
                title: 'Row ' + r[0] + ', seat ' + r[1] + ', ' + r[4]};
        }));
    }

    /* Heat map data: the seat map format [id, row, number, gridRow, gridCol, category, state, lockedUntil]. */
    function drawOccupancy(containerId, dataId, onPick) {
        var names = {a: 'free', h: 'held', m: 'held', b: 'sold'};
        var rows = JSON.parse(document.getElementById(dataId).textContent || '[]');
        draw(document.getElementById(containerId), rows.map(function (r) {
            var state = r[6] === 'm' ? 'h' : r[6];
            return {key: r[0], row: r[1], number: r[2], gridRow: r[3], gridCol: r[4], className: 's-' + state + ' c-' + r[5],
                title: 'Row ' + r[1] + ', seat ' + r[2] + ', ' + names[r[6]]};
        }), onPick);
    }

    return {frame: frame, drawLayout: drawLayout, drawOccupancy: drawOccupancy};
})();
