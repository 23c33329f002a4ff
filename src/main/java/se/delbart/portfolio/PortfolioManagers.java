package se.delbart.portfolio;

import java.util.List;

import org.springframework.data.repository.Repository;

interface PortfolioManagers extends Repository<PortfolioManager, PortfolioManager.Key> {

    PortfolioManager save(PortfolioManager manager);

    boolean existsById(PortfolioManager.Key key);

    void deleteById(PortfolioManager.Key key);

    List<PortfolioManager> findByKeyKommunkodOrderByKeyUsernameAsc(String kommunkod);

    List<PortfolioManager> findAllByOrderByKeyKommunkodAscKeyUsernameAsc();
}
