// Ce que les figures doivent savoir de l'écran et du terminal : un écran
// joignable (et sa taille), la place de chaque fenêtre, la taille du
// terminal texte, le texte brut des légendes pour le dessin en texte.
#pragma once

#include <string>

namespace td4 {

struct Figure;

struct ScreenSize {
  int width = 0, height = 0;  // en pixels (en caractères pour le terminal texte)
};

// Un écran où une fenêtre peut s'ouvrir ? Se connecte vraiment au serveur X
// de DISPLAY (avec le cookie de XAUTHORITY), en au plus deux secondes. Sans
// écran, `why` dit pourquoi en français (« DISPLAY n'est pas défini »…).
struct DisplayProbe {
  bool reachable = false;
  bool wayland_only = false;  // pas de X : seules les fenêtres qt s'y ouvrent
  ScreenSize screen;          // 0×0 si le serveur ne l'a pas dit
  std::string why;
};
DisplayProbe probe_display();

// gnuplot_qt écoute sur la prise (socket Unix) « $TMPDIR/qtgnuplot<son pid> »
// (/tmp sans TMPDIR) ; tué, il y laisse ce fichier, et un gnuplot_qt qui reprend plus tard ce pid
// ne peut plus écouter : gnuplot l'attend 30 s, puis en lance un autre.
// Retire les prises de l'utilisateur que personne n'écoute et qui ont plus
// d'une minute (une plus récente peut être celle d'un gnuplot_qt qui
// démarre) ; renvoie leur nombre.
int remove_dead_qt_sockets() noexcept;

// Taille (du dessin) et position (du cadre) de la fenêtre `index` (0, 1, …)
// parmi `count` : une mosaïque de colonnes et de lignes choisies d'après
// l'écran et le nombre de figures, où chaque case garde la place des
// décorations (barre de titre et bords du gestionnaire de fenêtres,
// `toolbar` pixels de barres de gnuplot dans la fenêtre). `run` impair
// décale tout de 24 pixels : un deuxième lancement ne cache pas exactement
// le premier. `frame_unsure` : la fenêtre (qt) peut être placée par son
// cadre ou par son contenu, au hasard ; la barre de titre a alors sa place
// au-dessus et au-dessous de la position, et la fenêtre ne dépasse pas les
// deux tiers de la hauteur de l'écran (limite de Qt). Au-delà de ce qui tient
// lisiblement, en cascade.
struct WindowPlace {
  int width, height, x, y;
};
WindowPlace window_place(int index, int count, ScreenSize screen, int toolbar = 0, int run = 0,
                         bool frame_unsure = false);

// Le rang de ce lancement parmi ceux de la dernière demi-heure (0 : le
// premier), tous programmes confondus, et parmi ceux du même programme ;
// noté dans un petit fichier de XDG_RUNTIME_DIR (ou du dossier temporaire).
struct RunRank {
  int any = 0, same = 0;
};
RunRank window_run_rank(const std::string& program);

// Le titre coupé à `width` caractères (UTF-8), terminé par « … » s'il l'est.
std::string shortened(const std::string& text, std::size_t width);

// Colonnes et lignes du terminal de la sortie standard (ou COLUMNS et
// LINES ; 100×32 si ce n'est pas un terminal).
ScreenSize text_terminal_size();

// Le texte sans le balisage « enhanced » de gnuplot : e^{λt} → e^(λt),
// 10^{%L} → 10^%L ; pour le dessin en texte, qui l'imprimerait tel quel.
std::string plain_text(const std::string& enhanced);

// La figure telle que le terminal texte peut la dessiner : texte brut, et
// la légende de l'axe y au-dessus du tracé (dumb ne sait pas l'écrire
// verticalement et la perdrait), une légende « above » mise dessous, les
// cases pleines d'une carte (« boxxyerror ») remplies d'un caractère par
// série.
Figure for_text_terminal(const Figure& f);

// Le texte en Latin-1 (ISO 8859-1), pour le terminal x11 de gnuplot, dont
// les polices X de base n'ont pas d'UTF-8 (« DÃ©parts ») : les lettres
// accentuées du français gardées, les lettres grecques écrites en toutes
// lettres (Φ → Phi, λ → lambda), œ → oe, … → ..., − → -, le reste « ? ».
std::string latin1(const std::string& utf8);

// La figure en Latin-1 (titres, légendes, commandes), avec « set encoding
// iso_8859_1 ».
Figure in_latin1(const Figure& f);

// La commande qui lance gnuplot dans une locale UTF-8 si celle de
// l'utilisateur ne l'est pas (sinon « iconv failed » à chaque figure).
std::string in_utf8_locale(const std::string& command);

// Le titre sur deux lignes (séparées par « \n », pour une chaîne gnuplot
// entre guillemets) s'il dépasse `width` caractères ; sur plus de lignes,
// coupé aux espaces, si aucune coupure en deux ne tient.
std::string wrap_title(const std::string& title, std::size_t width);

// Le nom court du programme (sol04_stabilite), pour titrer ses fenêtres.
std::string program_name();

}  // namespace td4
