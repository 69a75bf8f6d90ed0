package kz.housesofdemocracy.premises.entity;

/** What a room is for. Halls usually need approval; the others are booked at once by default. */
public enum RoomKind {
    HALL,
    MEETING_ROOM,
    TRAINING_ROOM,
    COWORKING
}
