// Ce que les figures savent de l'écran et du terminal (td4/display.hpp) :
// places des fenêtres, texte brut pour le dessin en texte, titres coupés,
// taille du terminal, écran injoignable.
#include "td4/display.hpp"
#include "td4/figure.hpp"
#include "td4/legend.hpp"

#include "check.hpp"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace td4;

BOOST_AUTO_TEST_CASE(
    window_tiles,
    *boost::unit_test::description(
        "1 à 9 fenêtres sur 1366×768 et 1920×1080, décorations comprises : toutes sur l'écran, "
        "aucune ne recouvre une autre, même décalées pour un deuxième lancement")) {
  // Le cadre entier : le dessin, les barres de qt (64 px), la barre de titre et les bords.
  constexpr int toolbar = 64, title = 40, border = 4;
  const auto frame = [&](const WindowPlace& p) {
    return WindowPlace{p.width + 2 * border, p.height + toolbar + title + border, p.x, p.y};
  };
  const auto text = [](const WindowPlace& p) {
    return std::to_string(p.width) + "×" + std::to_string(p.height) + "+" + std::to_string(p.x) +
           "+" + std::to_string(p.y);
  };
  for (const ScreenSize screen : {ScreenSize{1366, 768}, ScreenSize{1920, 1080}})
    for (int count = 1; count <= 9; ++count)
      for (int run = 0; run < 2; ++run)
        for (int i = 0; i < count; ++i) {
          const std::string which = std::to_string(screen.width) + "×" +
                                    std::to_string(screen.height) + ", fenêtre " +
                                    std::to_string(i + 1) + " sur " + std::to_string(count) +
                                    ", lancement " + std::to_string(run + 1);
          const WindowPlace a = frame(window_place(i, count, screen, toolbar, run));
          check::that(a.x >= 0 && a.y >= 0 && a.x + a.width <= screen.width &&
                          a.y + a.height <= screen.height,
                      which + " dans l'écran", text(a));
          check::that(a.width >= 240 && a.height >= 150 + toolbar, which + " assez grande", text(a));
          for (int j = 0; j < i; ++j) {
            const WindowPlace b = frame(window_place(j, count, screen, toolbar, run));
            const bool apart = a.x >= b.x + b.width || b.x >= a.x + a.width ||
                               a.y >= b.y + b.height || b.y >= a.y + a.height;
            check::that(apart, which + " à côté de la fenêtre " + std::to_string(j + 1),
                        text(a) + " et " + text(b));
          }
        }
  // qt : la barre de titre au-dessus ou au-dessous de la position, sans recouvrement.
  for (int i = 0; i < 7; ++i)
    for (int j = 0; j < i; ++j) {
      const WindowPlace a = window_place(i, 7, {1366, 768}, toolbar, 0, true),
                        b = window_place(j, 7, {1366, 768}, toolbar, 0, true);
      const auto low = [&](const WindowPlace& p) { return p.y - title; };
      const auto high = [&](const WindowPlace& p) { return p.y + title + p.height + toolbar + border; };
      const bool apart = a.x >= b.x + b.width + 2 * border || b.x >= a.x + a.width + 2 * border ||
                         low(a) >= high(b) || low(b) >= high(a);
      check::that(apart && low(a) >= 0, "qt : fenêtres " + std::to_string(j + 1) + " et " +
                                            std::to_string(i + 1) + " séparées, cadre incertain",
                  text(a) + " et " + text(b));
    }
  // Sept figures sur 1920×1080 : toute la hauteur sert (deux lignes de grands dessins).
  const WindowPlace big = window_place(0, 7, {1920, 1080}, toolbar);
  check::that(big.width >= 400 && big.height >= 300, "sept figures sur 1920×1080 : de grands dessins",
              text(big));
  // Un deuxième lancement ne recouvre pas exactement le premier.
  const WindowPlace first = window_place(0, 7, {1366, 768}, toolbar, 0),
                    second = window_place(0, 7, {1366, 768}, toolbar, 1);
  check::that(second.x > first.x && second.y > first.y, "le deuxième lancement décalé", text(second));
  // Écran inconnu (0×0) : une taille raisonnable quand même.
  check::that(window_place(0, 1, {}).width >= 400, "écran de taille inconnue : 1366×768 supposé", "");
}

BOOST_AUTO_TEST_CASE(short_titles, *boost::unit_test::description("titres de fenêtre coupés")) {
  const std::string t = "Nœuds-cols dans le plan (Iext, w) : la fronce";
  check::that(shortened(t, 100) == t, "un titre qui tient reste entier", shortened(t, 100));
  check::that(shortened(t, 20) == "Nœuds-cols dans le…", "coupé entre deux mots, avec « … »",
              shortened(t, 20));
  check::that(shortened("ééééé", 3) == "éé…", "jamais au milieu d'un caractère UTF-8",
              shortened("ééééé", 3));
}

BOOST_AUTO_TEST_CASE(latin1_for_x11,
                     *boost::unit_test::description("texte en Latin-1 pour le terminal x11")) {
  const std::string got = latin1("Départs près des nœuds : Φ′(I), λ = −0,5 ms⁻¹ « ça » …");
  const std::string want =
      "D\xe9parts pr\xe8s des noeuds : Phi'(I), lambda = -0,5 ms-\xb9 \xab \xe7" "a \xbb ...";
  check::that(got == want, "accents gardés en Latin-1, grec et œ écrits en lettres", got);
}

BOOST_AUTO_TEST_CASE(plain_markup,
                     *boost::unit_test::description("texte brut du balisage gnuplot")) {
  const auto same = [](const std::string& in, const std::string& out) {
    check::that(plain_text(in) == out, "« " + in + " » → « " + out + " »",
                "obtenu : « " + plain_text(in) + " »");
  };
  same("e^{λt}", "e^λt");
  same("10^{-3}", "10^(-3)");
  same("set format y '10^{%L}'", "set format y '10^%L'");
  same("e^{2κ(I − Ihalf)}", "e^(2κ(I − Ihalf))");
  same("r_{E}", "r_E");
  same("{/Symbol a} seul", "a seul");
  same("taux r (Hz)", "taux r (Hz)");
  same("accolade { sans fin", "accolade { sans fin");
}

BOOST_AUTO_TEST_CASE(text_terminal_filled_cells,
                     *boost::unit_test::description(
                         "dessin en texte : les cases pleines d'une carte deviennent des points "
                         "qui les remplissent, un caractère par région")) {
  // Deux régions : une case 2 × 1 (réunie) et deux cases 1 × 1.
  Figure f{"carte", "carte", "x", "y"};
  f.add(Series("a", "boxxyerror fs solid 1.0", {{1.0}, {0.5}, {1.0}, {0.5}}));
  f.add(Series("b", "boxxyerror fs solid 1.0", {{0.5, 1.5}, {1.5, 1.5}, {0.5, 0.5}, {0.5, 0.5}}));
  const Figure g = for_text_terminal(f);
  std::string marks;
  for (std::size_t k = 0; k < 2; ++k) {
    const Series& s = g.series[k];
    const std::size_t n = s.columns.size() == 2 ? s.columns[0].size() : 0;
    bool inside = n > 0;
    for (std::size_t i = 0; i < n; ++i)
      inside = inside && s.columns[0][i] > 0 && s.columns[0][i] < 2 &&
               s.columns[1][i] > (k ? 1.0 : 0.0) && s.columns[1][i] < (k ? 2.0 : 1.0);
    check::that(s.style.rfind("points pt '", 0) == 0 && n == 2 && inside,
                "région " + s.title + " : deux points, un par case de la plus petite taille",
                "style « " + s.style + " », " + std::to_string(n) + " points" +
                    (inside ? "" : ", certains hors des cases"));
    marks += s.style;
  }
  check::that(g.series[0].style != g.series[1].style, "un caractère par région", marks);
}

BOOST_AUTO_TEST_CASE(text_terminal_key_below,
                     *boost::unit_test::description(
                         "dessin en texte (80×24) : une légende sans coin libre va sous le "
                         "tracé, jamais dessus ni sur la légende de l'axe y ; « above » aussi")) {
  // Des données dans les quatre coins et au milieu des bords : aucun coin libre.
  Figure f{"plein", "plein", "x", "y"};
  std::vector<double> x, y;
  for (int i = 0; i <= 40; ++i)
    for (int j = 0; j <= 40; j += 4) {
      x.push_back(i);
      y.push_back(j);
    }
  for (int k = 0; k < 9; ++k) f.curve(x, y, "une légende assez longue numéro " + std::to_string(k), "points");
  const auto key_of = [](const Figure& g) {
    std::string key;
    for (const std::string& c : g.commands)
      if (c.rfind("set key", 0) == 0) key = c;
    return key;
  };
  const KeyCanvas text{80, 24, 1, 1, "below nobox"};
  const std::string full = key_of(with_key_clear_of_data(for_text_terminal(f), text));
  check::that(full == "set key below nobox", "neuf légendes sans coin libre : sous le tracé",
              "« " + full + " »");
  Figure above = f;
  above.set("set key above maxcols 2 nobox");
  const std::string moved = key_of(with_key_clear_of_data(for_text_terminal(above), text));
  check::that(moved == "set key below nobox",
              "« set key above » : sous le tracé en texte (le haut porte le titre et l'axe y)",
              "« " + moved + " »");
  // Dans un PNG, au-dessus (gnuplot y fait sa place sous le titre).
  Figure one{"plein", "plein", "x", "y"};
  one.curve(x, y, "une seule légende", "points");
  const std::string png = key_of(with_key_clear_of_data(one, {900, 600, 9, 18}));
  check::that(png == "set key above", "dans un PNG, au-dessus du tracé", "« " + png + " »");
  // Une petite fenêtre (330 × 200) : neuf légendes au-dessus écraseraient le
  // tracé ; dans un coin, sur un fond translucide qui laisse voir les données.
  const std::string small = key_of(with_key_clear_of_data(f, {330, 200, 6.5, 12}));
  check::that(small.find("opaque fc rgb '#80") != std::string::npos && small.find("above") == std::string::npos,
              "petite fenêtre : dans un coin, fond translucide", "« " + small + " »");

  // Un tracé carré (plan de phase) et sa légende au-dessus, huit entrées :
  // dans une fenêtre en largeur (440 × 210), à droite du tracé ; dans une
  // fenêtre en hauteur, ou pour un tracé qui n'est pas carré, au-dessus.
  Figure square{"plan", "plan", "rE", "rI"};
  square.set("set size square").set("set key above maxcols 3 nobox");
  for (int k = 0; k < 8; ++k) square.curve(x, y, "isocline numéro " + std::to_string(k), "lines");
  const std::string beside = key_of(with_key_beside_square_plot(square, {440, 210, 5, 12}));
  check::that(beside == "set key outside right top vertical nobox",
              "tracé carré, fenêtre en largeur : légende à droite", "« " + beside + " »");
  const std::string tall = key_of(with_key_beside_square_plot(square, {330, 448, 5, 12}));
  check::that(tall == "set key above maxcols 3 nobox", "fenêtre en hauteur : légende au-dessus",
              "« " + tall + " »");
  Figure wide = square;
  wide.commands.erase(wide.commands.begin());
  const std::string flat = key_of(with_key_beside_square_plot(wide, {440, 210, 5, 12}));
  check::that(flat == "set key above maxcols 3 nobox", "tracé qui n'est pas carré : légende au-dessus",
              "« " + flat + " »");
}

BOOST_AUTO_TEST_CASE(wrapped_titles, *boost::unit_test::description("titre long sur deux lignes")) {
  const std::string t = "Départs près des points fixes (Iext = 0, w = 0.05) : 1,01·r* et 0,99·r*";
  check::that(wrap_title(t, 100) == t, "un titre qui tient reste sur une ligne",
              wrap_title(t, 100));
  check::that(wrap_title(t, 60) ==
                  "Départs près des points fixes (Iext = 0, w = 0.05) :\\n1,01·r* et 0,99·r*",
              "coupé après « : »", wrap_title(t, 60));
  // Trop étroit pour deux lignes : coupé aux espaces, aucune ligne trop longue, aucun mot perdu.
  const std::string narrow = wrap_title(t, 24);
  std::vector<std::string> lines;
  for (std::size_t from = 0;;) {
    const std::size_t at = narrow.find("\\n", from);
    lines.push_back(narrow.substr(from, at - from));
    if (at == std::string::npos) break;
    from = at + 2;
  }
  const auto characters = [](const std::string& line) {  // UTF-8
    return std::count_if(line.begin(), line.end(), [](char c) { return (c & 0xC0) != 0x80; });
  };
  std::string joined;
  bool fit = lines.size() >= 3;
  for (const std::string& line : lines) {
    fit = fit && characters(line) <= 24;
    joined += (joined.empty() ? "" : " ") + line;
  }
  check::that(fit && joined == t, "sur 24 caractères : trois lignes ou plus, chacune de 24 au plus",
              narrow);
}

BOOST_AUTO_TEST_CASE(spaced_ticks,
                     *boost::unit_test::description("graduations espacées dans une petite fenêtre")) {
  const auto tics = [](const Figure& g, const std::string& axis) {
    std::string found;
    for (const std::string& c : g.commands)
      if (c.rfind("set " + axis + "tics", 0) == 0) found = c;
    return found;
  };
  // Le plan de phase : [−20,4 ; 420] × [−17 ; 340], étiquettes x de trois
  // chiffres (7,5 px le caractère), lignes de 12 px.
  Figure plane{"plan", "plan", "rE", "rI"};
  plane.set("set xrange [-20.4:420]").set("set yrange [-17:340]").curve({0, 400}, {0, 300}, "", "lines");
  // 240 px : de 50 en 50, neuf étiquettes de 4,5 caractères prendraient 304 px ;
  // en y, de 50 en 50, sept étiquettes de 18 px en prendraient 126.
  const Figure small = with_spaced_tics(plane, {240, 120, 7.5, 12});
  check::that(tics(small, "x") == "set xtics 100" && tics(small, "y") == "set ytics 100",
              "240 × 120 px : de 100 en 100 sur les deux axes",
              tics(small, "x") + " ; " + tics(small, "y"));
  const Figure large = with_spaced_tics(plane, {1000, 700, 7.5, 12});
  check::that(tics(large, "x") == "set xtics 50" && tics(large, "y") == "set ytics 50",
              "1000 × 700 px : de 50 en 50 (pas plus de onze graduations)",
              tics(large, "x") + " ; " + tics(large, "y"));
  // Sans bornes données : gnuplot étend [0 ; 0,16] jusqu'à la graduation suivante.
  Figure sweep{"balayage", "balayage", "wEE", "rE"};
  sweep.curve({0.0, 0.16}, {0, 1}, "", "lines");
  check::that(tics(with_spaced_tics(sweep, {240, 300, 7.5, 12}), "x") == "set xtics 0.05",
              "[0 ; 0,16] sur 240 px : de 0,05 en 0,05 (de 0,02 en 0,02, 371 px)",
              tics(with_spaced_tics(sweep, {240, 300, 7.5, 12}), "x"));
  // Un axe logarithmique de 10⁻⁶ à 10 sur 100 px : de 10² en 10² (quatre étiquettes).
  Figure gap{"ecart", "ecart", "t", "écart"};
  gap.set("set logscale y").set("set yrange [1e-6:10]").curve({0, 100}, {1, 1e-5}, "", "lines");
  check::that(tics(with_spaced_tics(gap, {240, 100, 7.5, 12}), "y") == "set ytics 100",
              "axe logarithmique sur 100 px : une décade sur deux",
              tics(with_spaced_tics(gap, {240, 100, 7.5, 12}), "y"));
  Figure own{"profil", "profil", "θ", "r"};
  own.set("set xtics 45").curve({-180, 180}, {0, 1}, "", "lines");
  check::that(tics(with_spaced_tics(own, {100, 300, 7.5, 12}), "x") == "set xtics 45",
              "une figure qui règle ses graduations x les garde",
              tics(with_spaced_tics(own, {100, 300, 7.5, 12}), "x"));
}

BOOST_AUTO_TEST_CASE(
    text_size,
    *boost::unit_test::description(
        "taille du terminal texte hors d'un terminal : COLUMNS et LINES, sinon 100×32")) {
  // Sous CTest, la sortie standard n'est pas un terminal.
  setenv("COLUMNS", "80", 1);
  setenv("LINES", "24", 1);
  const ScreenSize s = text_terminal_size();
  check::that(s.width == 80 && s.height == 24, "COLUMNS=80 LINES=24 → 80×24",
              std::to_string(s.width) + "×" + std::to_string(s.height));
  unsetenv("COLUMNS");
  unsetenv("LINES");
  const ScreenSize d = text_terminal_size();
  check::that(d.width == 100 && d.height == 32, "sans rien : 100×32",
              std::to_string(d.width) + "×" + std::to_string(d.height));
}

BOOST_AUTO_TEST_CASE(
    unreachable_display,
    *boost::unit_test::description("un DISPLAY sans serveur X est dit injoignable, et pourquoi")) {
  setenv("DISPLAY", ":4713", 1);
  const DisplayProbe p = probe_display();
  check::that(!p.reachable && p.why.find("DISPLAY=:4713 ne répond pas") != std::string::npos,
              "DISPLAY=:4713 injoignable", p.why);
  setenv("DISPLAY", "n'importe quoi", 1);
  const DisplayProbe q = probe_display();
  check::that(!q.reachable && q.why.find("n'est pas une adresse") != std::string::npos,
              "DISPLAY mal formé", q.why);
  unsetenv("DISPLAY");
  unsetenv("WAYLAND_DISPLAY");
  const DisplayProbe r = probe_display();
  check::that(!r.reachable && r.why.find("DISPLAY n'est pas défini") != std::string::npos,
              "pas de DISPLAY", r.why);
}

BOOST_AUTO_TEST_CASE(silent_display, *boost::unit_test::description(
                                         "un serveur qui accepte la connexion sans jamais répondre "
                                         "(ssh -X coupé) : abandonné en 2 s")) {
  // Un faux serveur X sur 127.0.0.1:6000+n qui ne lit ni ne répond.
  const int server = socket(AF_INET, SOCK_STREAM, 0);
  int n = 150;
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  for (; n < 250; ++n) {
    a.sin_port = htons(static_cast<std::uint16_t>(6000 + n));
    if (bind(server, reinterpret_cast<const sockaddr*>(&a), sizeof a) == 0) break;
  }
  if (!check::that(n < 250 && listen(server, 4) == 0, "un port libre pour le faux serveur", ""))
    return;
  setenv("DISPLAY", ("127.0.0.1:" + std::to_string(n)).c_str(), 1);
  const auto start = std::chrono::steady_clock::now();
  const DisplayProbe p = probe_display();
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  close(server);
  unsetenv("DISPLAY");
  check::that(!p.reachable && p.why.find("ne répond pas en 2 s") != std::string::npos,
              "serveur muet : injoignable", p.why);
  check::that(seconds > 1.5 && seconds < 4, "abandonné au bout d'environ 2 s",
              check::num(seconds) + " s");
}

BOOST_AUTO_TEST_CASE(dead_qt_sockets, *boost::unit_test::description(
                                          "les prises de gnuplot_qt que personne n'écoute, "
                                          "vieilles d'une minute, retirées ; les autres gardées")) {
  char folder[] = "/tmp/td4-prises-XXXXXX";
  if (!check::that(mkdtemp(folder) != nullptr, "un dossier temporaire", "")) return;
  const std::string dir = folder;
  // Une prise liée à `name` ; écoutée ou non (fermée : comme un gnuplot_qt
  // tué), datée d'il y a `age` secondes.
  std::vector<int> live;
  const auto make = [&](const std::string& name, bool listening, int age) {
    const std::string path = dir + "/" + name;
    sockaddr_un a{};
    a.sun_family = AF_UNIX;
    std::memcpy(a.sun_path, path.c_str(), path.size() + 1);
    const int fd = socket(AF_UNIX, SOCK_STREAM, 0);
    bind(fd, reinterpret_cast<const sockaddr*>(&a), sizeof a);
    if (listening) {
      listen(fd, 1);
      live.push_back(fd);
    } else {
      close(fd);
    }
    const timespec when[2] = {{std::time(nullptr) - age, 0}, {std::time(nullptr) - age, 0}};
    utimensat(AT_FDCWD, path.c_str(), when, 0);
  };
  make("qtgnuplot101", false, 3600);  // morte : retirée
  make("qtgnuplot102", false, 5);     // morte mais récente : un gnuplot_qt qui démarre
  make("qtgnuplot103", true, 3600);   // écoutée : gardée
  make("autre104", false, 3600);      // pas une prise de gnuplot_qt
  std::ofstream(dir + "/qtgnuplot105") << "un fichier ordinaire";
  const char* before = std::getenv("TMPDIR");
  const std::string saved = before ? before : "";
  setenv("TMPDIR", folder, 1);
  const int removed = remove_dead_qt_sockets();
  before ? setenv("TMPDIR", saved.c_str(), 1) : unsetenv("TMPDIR");
  for (int fd : live) close(fd);
  const auto exists = [&](const std::string& name) { return access((dir + "/" + name).c_str(), F_OK) == 0; };
  check::that(removed == 1 && !exists("qtgnuplot101"), "la prise morte retirée",
              check::num(removed) + " retirée(s)");
  check::that(exists("qtgnuplot102") && exists("qtgnuplot103") && exists("autre104") &&
                  exists("qtgnuplot105"),
              "les autres gardées (récente, écoutée, autre nom, fichier ordinaire)", "");
  std::filesystem::remove_all(dir);
}
