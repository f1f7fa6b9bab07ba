#pragma once
// Guessing a company's board: from links (a job page on boards.greenhouse.io, jobs.lever.co,
// jobs.ashbyhq.com, apply.workable.com, jobs.smartrecruiters.com, or the API hosts themselves), or
// from the applicant-tracking system that sent the rejection plus the company's name.

#include "boards/providers.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace onward::boards {

struct BoardGuess {
    Board board;
    std::string source; // "link" (a board URL was seen) or "ats" (the sender's system + the company's name)
    std::string why;    // plain words
};

// Every board link in `text`, in order of appearance, without repeats.
std::vector<Board> boards_in_text(std::string_view text);

// "Acme Robotics GmbH" -> "acmerobotics": the usual form of a board name.
std::string token_from_company(std::string_view company);

} // namespace onward::boards
