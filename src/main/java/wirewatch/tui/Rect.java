package wirewatch.tui;

/** A rectangle of screen cells: column, row, width and height, none negative. */
record Rect(int col, int row, int width, int height) {
    Rect {
        if (col < 0 || row < 0 || width < 0 || height < 0) {
            throw new IllegalArgumentException("bad rectangle " + col + "," + row + " " + width + "x" + height);
        }
    }

    int bottom() {
        return row + height;
    }

    int right() {
        return col + width;
    }

    /** The rectangle without its first {@code rows} rows. */
    Rect below(int rows) {
        int taken = Math.min(rows, height);
        return new Rect(col, row + taken, width, height - taken);
    }
}
