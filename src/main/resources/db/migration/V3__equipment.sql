-- The equipment a room can offer. The list is data: House managers pick from it.
INSERT INTO equipment (code, name_kk, name_ru, name_en) VALUES
    ('projector',        'Проектор',                      'Проектор',                             'Projector'),
    ('screen',           'Проекциялық экран',             'Проекционный экран',                   'Projection screen'),
    ('sound-system',     'Дыбыс күшейту жүйесі',          'Звукоусиливающая система',             'Sound system'),
    ('microphones',      'Микрофондар',                   'Микрофоны',                            'Microphones'),
    ('interpretation',   'Ілеспе аударма жабдығы',        'Оборудование синхронного перевода',    'Simultaneous interpretation'),
    ('video-conference', 'Бейнеконференция байланысы',    'Видеоконференцсвязь',                  'Video conferencing'),
    ('tv-panel',         'Теледидар панелі',              'ТВ-панель',                            'TV panel'),
    ('flipchart',        'Флипчарт',                      'Флипчарт',                             'Flipchart'),
    ('whiteboard',       'Маркерлік тақта',               'Маркерная доска',                      'Whiteboard'),
    ('laptops',          'Ноутбуктер',                    'Ноутбуки',                             'Laptops'),
    ('wifi',             'Wi-Fi',                         'Wi-Fi',                                'Wi-Fi'),
    ('kitchenette',      'Шағын ас үй',                   'Мини-кухня',                           'Kitchenette'),
    ('lockers',          'Жеке шкафтар',                  'Личные шкафчики',                      'Lockers');
