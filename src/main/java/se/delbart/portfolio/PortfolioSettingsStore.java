package se.delbart.portfolio;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface PortfolioSettingsStore extends Repository<PortfolioSettings, String> {

    Optional<PortfolioSettings> findById(String kommunkod);

    PortfolioSettings saveAndFlush(PortfolioSettings settings);
}
