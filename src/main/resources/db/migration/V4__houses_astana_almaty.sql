-- The two Houses of Democracy that exist today (Astana and Almaty, as the source article says),
-- with their rooms and offices. Addresses, contacts and rates are illustrative.
INSERT INTO house (id, region_code, name_kk, name_ru, name_en, address_kk, address_ru, address_en, phone, email, time_zone) VALUES
    (1, 'KZ-71', 'Астана қаласының Демократия үйі', 'Дом демократии города Астаны', 'House of Democracy, Astana',
        'Астана қ., Бейбітшілік көшесі, 11', 'г. Астана, ул. Бейбитшилик, 11', '11 Beibitshilik Street, Astana',
        '+7 7172 55 00 00', 'astana@houses-of-democracy.example', 'Asia/Almaty'),
    (2, 'KZ-75', 'Алматы қаласының Демократия үйі', 'Дом демократии города Алматы', 'House of Democracy, Almaty',
        'Алматы қ., Абай даңғылы, 52', 'г. Алматы, пр. Абая, 52', '52 Abai Avenue, Almaty',
        '+7 727 355 00 00', 'almaty@houses-of-democracy.example', 'Asia/Almaty');

INSERT INTO house_opening_hours (house_id, day_of_week, opens, closes) VALUES
    (1, 'MONDAY', '09:00', '20:00'), (1, 'TUESDAY', '09:00', '20:00'), (1, 'WEDNESDAY', '09:00', '20:00'),
    (1, 'THURSDAY', '09:00', '20:00'), (1, 'FRIDAY', '09:00', '20:00'), (1, 'SATURDAY', '10:00', '18:00'),
    (2, 'MONDAY', '09:00', '19:00'), (2, 'TUESDAY', '09:00', '19:00'), (2, 'WEDNESDAY', '09:00', '19:00'),
    (2, 'THURSDAY', '09:00', '19:00'), (2, 'FRIDAY', '09:00', '19:00'), (2, 'SATURDAY', '10:00', '16:00');

INSERT INTO room (id, house_id, kind, name_kk, name_ru, name_en, capacity, step_free, hourly_rate_kzt, needs_approval) VALUES
    (1, 1, 'HALL',          'Үлкен зал',                   'Большой зал',             'Main hall',            120, TRUE,  25000, TRUE),
    (2, 1, 'MEETING_ROOM',  '«Бірлік» келіссөз бөлмесі',   'Переговорная «Бірлік»',   'Birlik meeting room',   12, TRUE,   6000, FALSE),
    (3, 1, 'MEETING_ROOM',  '«Достық» келіссөз бөлмесі',   'Переговорная «Достық»',   'Dostyk meeting room',   20, FALSE,  8000, FALSE),
    (4, 1, 'TRAINING_ROOM', 'Оқу сыныбы',                  'Учебный класс',           'Training room',         30, TRUE,  12000, FALSE),
    (5, 1, 'COWORKING',     'Коворкинг',                   'Коворкинг',               'Co-working space',      24, TRUE,   2500, FALSE),
    (6, 2, 'HALL',          'Конференц-зал',               'Конференц-зал',           'Conference hall',      100, TRUE,  22000, TRUE),
    (7, 2, 'MEETING_ROOM',  '«Алатау» келіссөз бөлмесі',   'Переговорная «Алатау»',   'Alatau meeting room',   10, TRUE,   5000, FALSE),
    (8, 2, 'MEETING_ROOM',  '«Медеу» келіссөз бөлмесі',    'Переговорная «Медеу»',    'Medeu meeting room',    16, TRUE,   7000, FALSE),
    (9, 2, 'TRAINING_ROOM', 'Тренинг залы',                'Тренинговый зал',         'Training room',         36, FALSE, 11000, FALSE),
    (10, 2, 'COWORKING',    'Коворкинг',                   'Коворкинг',               'Co-working space',      30, TRUE,   2000, FALSE);

INSERT INTO room_equipment (room_id, equipment_code) VALUES
    (1, 'projector'), (1, 'screen'), (1, 'sound-system'), (1, 'microphones'), (1, 'interpretation'), (1, 'wifi'),
    (2, 'tv-panel'), (2, 'whiteboard'), (2, 'video-conference'), (2, 'wifi'),
    (3, 'projector'), (3, 'screen'), (3, 'flipchart'), (3, 'wifi'),
    (4, 'projector'), (4, 'screen'), (4, 'flipchart'), (4, 'whiteboard'), (4, 'laptops'), (4, 'wifi'),
    (5, 'wifi'), (5, 'kitchenette'), (5, 'lockers'),
    (6, 'projector'), (6, 'screen'), (6, 'sound-system'), (6, 'microphones'), (6, 'video-conference'), (6, 'wifi'),
    (7, 'tv-panel'), (7, 'whiteboard'), (7, 'wifi'),
    (8, 'projector'), (8, 'screen'), (8, 'flipchart'), (8, 'wifi'),
    (9, 'projector'), (9, 'screen'), (9, 'flipchart'), (9, 'whiteboard'), (9, 'wifi'),
    (10, 'wifi'), (10, 'kitchenette');

INSERT INTO office (id, house_id, name_kk, name_ru, name_en, area_m2, floor, monthly_rent_kzt, available_from) VALUES
    (1, 1, '№101 кеңсе', 'Офис № 101', 'Office 101', 18.5, 1,  83250, '2027-01-01'),
    (2, 1, '№102 кеңсе', 'Офис № 102', 'Office 102', 24.0, 1, 108000, '2027-01-01'),
    (3, 1, '№201 кеңсе', 'Офис № 201', 'Office 201', 32.0, 2, 144000, '2027-01-01'),
    (4, 1, '№202 кеңсе', 'Офис № 202', 'Office 202', 40.0, 2, 180000, '2027-01-01'),
    (5, 2, '№105 кеңсе', 'Офис № 105', 'Office 105', 20.0, 1,  90000, '2027-01-01'),
    (6, 2, '№210 кеңсе', 'Офис № 210', 'Office 210', 28.0, 2, 126000, '2027-01-01'),
    (7, 2, '№212 кеңсе', 'Офис № 212', 'Office 212', 36.0, 2, 162000, '2027-01-01');
