// Ce que les figures savent de l'écran et du terminal (td4/display.hpp) :
// places des fenêtres, texte brut pour le dessin en texte, titres coupés,
// taille du terminal, écran injoignable.
#include "td4/display.hpp"

#include "check.hpp"

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <string>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace td4;

BOOST_AUTO_TEST_CASE(
    window_tiles,
    *boost::unit_test::description(
        "six fenêtres sur 1366×768 : toutes sur l'écran, aucune ne recouvre une autre")) {
  const ScreenSize screen{1366, 768};
  for (int i = 0; i < 6; ++i) {
    const WindowPlace a = window_place(i, screen);
    check::that(
        a.x >= 0 && a.y >= 0 && a.x + a.width <= screen.width && a.y + a.height <= screen.height,
        "fenêtre " + std::to_string(i + 1) + " dans l'écran",
        std::to_string(a.width) + "×" + std::to_string(a.height) + "+" + std::to_string(a.x) + "+" +
            std::to_string(a.y));
    check::that(a.width >= 400 && a.height >= 250,
                "fenêtre " + std::to_string(i + 1) + " assez grande",
                std::to_string(a.width) + "×" + std::to_string(a.height));
    for (int j = 0; j < i; ++j) {
      const WindowPlace b = window_place(j, screen);
      const bool apart = a.x >= b.x + b.width || b.x >= a.x + a.width || a.y >= b.y + b.height ||
                         b.y >= a.y + a.height;
      check::that(
          apart,
          "fenêtres " + std::to_string(j + 1) + " et " + std::to_string(i + 1) + " côte à côte",
          "");
    }
  }
  // La septième, mosaïque pleine : décalée de la première, son titre visible.
  const WindowPlace first = window_place(0, screen), seventh = window_place(6, screen);
  check::that(seventh.x > first.x && seventh.y > first.y, "la septième en cascade sur la première",
              "");
  // Écran inconnu (0×0) : une taille raisonnable quand même.
  check::that(window_place(0, {}).width >= 400, "écran de taille inconnue : 1366×768 supposé", "");
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

BOOST_AUTO_TEST_CASE(wrapped_titles, *boost::unit_test::description("titre long sur deux lignes")) {
  const std::string t = "Départs près des points fixes (Iext = 0, w = 0.05) : 1,01·r* et 0,99·r*";
  check::that(wrap_title(t, 100) == t, "un titre qui tient reste sur une ligne",
              wrap_title(t, 100));
  check::that(wrap_title(t, 60) ==
                  "Départs près des points fixes (Iext = 0, w = 0.05) :\\n1,01·r* et 0,99·r*",
              "coupé après « : »", wrap_title(t, 60));
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
